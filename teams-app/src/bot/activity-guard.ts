// The envelope every activity must have before the SDK sees it. The SDK's router reads
// `value.botMessagePreviewAction` and similar fields without checking, so a malformed invoke would
// end as a bare 500; here it gets a 400 that says what is wrong, and nothing runs.

export interface GuardProblem {
  readonly status: 400;
  readonly code: 'BadRequest';
  readonly message: string;
}

/** Invokes whose handlers read an object `value`. */
const INVOKES_WITH_VALUE = new Set(['adaptiveCard/action', 'composeExtension/fetchTask', 'composeExtension/submitAction', 'composeExtension/query']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

export interface GuardOptions {
  /** Local mode: the bot must only ever call back to a connector on this machine. */
  readonly loopbackServiceUrlOnly?: boolean;
}

export function checkActivity(body: unknown, options: GuardOptions = {}): GuardProblem | undefined {
  const bad = (message: string): GuardProblem => ({ status: 400, code: 'BadRequest', message });
  if (!isObject(body)) return bad('The request body must be an activity (a JSON object).');
  if (!nonEmpty(body.type)) return bad('The activity has no type.');
  if (!nonEmpty(body.id)) return bad('The activity has no id.');
  if (!isObject(body.from) || !nonEmpty(body.from.id)) return bad('The activity has no sender (from.id).');
  if (!isObject(body.conversation) || !nonEmpty(body.conversation.id)) return bad('The activity has no conversation (conversation.id).');
  if (!nonEmpty(body.serviceUrl)) return bad('The activity has no serviceUrl.');
  let serviceUrl: URL;
  try {
    serviceUrl = new URL(body.serviceUrl);
  } catch {
    return bad('The activity’s serviceUrl is not a URL.');
  }
  if (serviceUrl.protocol !== 'https:' && serviceUrl.protocol !== 'http:') return bad('The activity’s serviceUrl must be http(s).');
  if (options.loopbackServiceUrlOnly && !/^(127\.0\.0\.1|localhost|\[::1\])$/i.test(serviceUrl.hostname)) {
    return bad('In local mode the serviceUrl must be on 127.0.0.1.');
  }
  if (body.type === 'invoke') {
    if (!nonEmpty(body.name)) return bad('The invoke has no name.');
    if (INVOKES_WITH_VALUE.has(body.name) && !isObject(body.value)) return bad(`The invoke '${body.name}' has no value object.`);
  }
  return undefined;
}
