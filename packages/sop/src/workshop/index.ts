export { buildWorkshopReport, type WorkshopReportOptions } from './buildWorkshopReport';
export { workshopLabels, type WorkshopLabels } from './workshopLabels';
