// The page rule for official documents (公文) on paper: A4 portrait with the GB/T 9704 margins the
// .docx uses, so the sheet needs no padding of its own when printed.
export const A4_PORTRAIT = '@page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm; }';
