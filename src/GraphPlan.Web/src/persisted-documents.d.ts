declare module 'virtual:persisted-documents' {
  /** Every operation of schema/queries/ by its path there: its trusted-document id and its text. */
  const documents: Record<string, { id: string; text: string }>;
  export default documents;
}
