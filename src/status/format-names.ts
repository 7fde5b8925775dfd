/** The names of `staat status --format`, apart from the formatters so that the command line can list them without loading the model. */
export const STATUS_FORMATS = ['stylish', 'json', 'markdown', 'csv'] as const;
export type StatusFormat = (typeof STATUS_FORMATS)[number];
