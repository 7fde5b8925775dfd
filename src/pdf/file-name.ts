/** `<titel as slug>.pdf` (cli.md): "Staat van de Uitvoering 2024" → `staat-van-de-uitvoering-2024.pdf`.
 * Accents are dropped, everything else that is not a letter or digit becomes one hyphen. */
export function pdfFileName(titel: string): string {
  const slug = titel
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return `${slug === '' ? 'rapport' : slug}.pdf`;
}
