import { checkWorkbookFile } from '../../excel-addin/src/cli/file-report';
import { renderJson } from '../../excel-addin/src/cli/render-json';
import { templates } from '../../shared/templates';

/**
 * What `namndstod validate --format json` does with one file, without the terminal: read it,
 * validate it, write the JSON report. The numerator of the validate ÷ read ratio, in the bench's
 * process and in the folder run's fresh ones alike.
 */
export async function validateAsCli(path: string): Promise<string> {
  return renderJson([await checkWorkbookFile(path, templates)], 'sv');
}
