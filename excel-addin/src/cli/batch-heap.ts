import { setFlagsFromString } from 'node:v8';

/**
 * Has V8 mark the heap on the main thread for the rest of the process, as a batch over workbooks
 * wants. By default V8 marks beside the main thread while it runs. A CLI gains nothing from the
 * shorter pauses, and on two cores it lost a lot: measured over 40 validations of a 200 000-cell
 * T01, concurrent marking let the compiled code of the reader and the rules be thrown away ("weak
 * objects") about every tenth file, 40 deoptimisations in all, each costing the next files
 * 30–60 ms while they ran unoptimised, and the reads in a validating process took 64–74 ms
 * against 59–63 in one that only read. Marked on the main thread: no such deoptimisation, and
 * the reads of a validating process are as fast as those of a reading one.
 *
 * Set at run time rather than on the command line because npm's bin shims pass no node flags on
 * every platform; V8 reads this flag each time it starts marking, so it takes effect from then on.
 * Not for `start`: a server's requests want the short pauses.
 */
export function markHeapOnMainThread(): void {
  setFlagsFromString('--no-concurrent-marking');
}
