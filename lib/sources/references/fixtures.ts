/**
 * Small reference libraries as Zotero, BibTeX and RIS exports write them, of real
 * public works on Laos and its creditors. Used by tests only.
 */

/** Zotero's "Export Library… → CSL JSON": ids are item URIs, date parts may be strings. */
export const ZOTERO_CSL_JSON = JSON.stringify(
  [
    {
      id: "http://zotero.org/users/1234567/items/QW3E4R5T",
      type: "article-journal",
      title: "A critical look at Chinese ‘debt-trap diplomacy’: the rise of a meme",
      "container-title": "Area Development and Policy",
      page: "1-14",
      volume: "5",
      issue: "1",
      DOI: "10.1080/23792949.2019.1689828",
      author: [{ family: "Brautigam", given: "Deborah" }],
      issued: { "date-parts": [["2020"]] },
    },
    {
      id: "http://zotero.org/users/1234567/items/ZX8C7V6B",
      type: "report",
      title: "Asian Development Outlook April 2024",
      publisher: "Asian Development Bank",
      "publisher-place": "Manila",
      URL: "https://www.adb.org/outlook/editions/april-2024",
      author: [{ literal: "Asian Development Bank" }],
      issued: { "date-parts": [[2024, 4, 11]] },
      accessed: { "date-parts": [[2025, 1, 20]] },
    },
    { id: "http://zotero.org/users/1234567/items/NOTITLE1", type: "document" },
  ],
  null,
  2,
);

export const BIBTEX = `% Exported by Better BibTeX
@report{adb2024outlook,
  title = {Asian Development Outlook {April} 2024},
  author = {{Asian Development Bank}},
  institution = {Asian Development Bank},
  location = {Manila},
  date = {2024-04-11},
  url = {https://www.adb.org/outlook/editions/april-2024}
}

@article{brautigam2020critical,
  title = {A Critical Look at {Chinese} ‘Debt-Trap Diplomacy’: The Rise of a Meme},
  author = {Brautigam, Deborah},
  journal = {Area Development and Policy},
  volume = {5},
  number = {1},
  pages = {1--14},
  year = {2020},
  doi = {10.1080/23792949.2019.1689828}
}
`;

export const RIS = `TY  - RPRT
TI  - JICA Annual Report 2023
AU  - Japan International Cooperation Agency
PY  - 2023
PB  - Japan International Cooperation Agency
CY  - Tokyo
UR  - https://www.jica.go.jp/english/about/disc/report/2023/index.html
ER  - 

TY  - JOUR
TI  - A critical look at Chinese ‘debt-trap diplomacy’: the rise of a meme
AU  - Brautigam, Deborah
PY  - 2020/01/02/
JO  - Area Development and Policy
VL  - 5
IS  - 1
SP  - 1
EP  - 14
ER  - 
`;
