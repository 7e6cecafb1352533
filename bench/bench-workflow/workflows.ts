/** Bundle entry of the workflow benchmark: the product's workflows plus the baseline. */
export { criterionAppraisalWorkflow, recognitionWorkflow } from '../../workflows';
export { baselineWorkflow } from './baseline.workflow';
