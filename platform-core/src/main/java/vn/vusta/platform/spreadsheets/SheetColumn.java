package vn.vusta.platform.spreadsheets;

import java.util.List;

/** A column of an import sheet: the heading exports write, and the other headings provinces give it. */
interface SheetColumn {

    String heading();

    List<String> otherHeadings();
}
