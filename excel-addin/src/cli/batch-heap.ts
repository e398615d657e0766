import { setFlagsFromString } from 'node:v8';

/**
 * Has V8 mark the heap on the main thread for the rest of the process, as a batch over workbooks
 * wants. By default V8 marks beside the main thread while it runs. A CLI gains nothing from the
 * shorter pauses, and on two cores it lost a lot. Measured over 40 validations of a 200 000-cell
 * T01 in one process: under concurrent marking, V8 threw away the compiled code of the reader
 * and the rules at a mark-compact now and then ("weak objects", 38–43 deoptimisations a run),
 * and each time the next two or three files took 50–100 ms longer together while that code ran
 * unoptimised; the reads of that process averaged 64–74 ms against 59–63 in a process that only
 * read. Marked on the main thread: no such deoptimisation, and reads of 60–61 ms.
 *
 * Set at run time rather than on the command line because npm's bin shims pass no node flags on
 * every platform. V8 consults the flag when it starts a marking cycle, so it holds from the next
 * one on; now and then V8 still lets one marking task run, as it does with the flag on the
 * command line.
 * Not for `start`: a server's requests want the short pauses.
 */
export function markHeapOnMainThread(): void {
  setFlagsFromString('--no-concurrent-marking');
}

/** V8's default back: marking beside the main thread (the bench, after timing as the CLI runs). */
export function markHeapBesideMainThread(): void {
  setFlagsFromString('--concurrent-marking');
}
