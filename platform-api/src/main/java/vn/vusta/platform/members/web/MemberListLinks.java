package vn.vusta.platform.members.web;

import org.springframework.web.util.UriComponentsBuilder;
import vn.vusta.platform.members.MemberQuery;
import vn.vusta.platform.members.MemberSort;

/**
 * The links of the members list — its pages, page sizes, column orders and exports — each keeping the search and the
 * filters, so that Back, a language switch or a shared link shows the same list. Public: the page template calls it.
 */
public record MemberListLinks(MemberQuery query, MemberSort sort, int size) {

    static final int[] SIZES = {20, 50, 100};

    public String page(int page) {
        return list("/workspace/members").queryParam("page", page).build().encode().toUriString();
    }

    public String sizedAt(int size) {
        return new MemberListLinks(query, sort, size).page(0);
    }

    /** The list ordered by a column (a {@link MemberSort} ascending): ascending, or descending when it is already. */
    public String sortedBy(String column) {
        return new MemberListLinks(query, sort.next(MemberSort.valueOf(column)), size).page(0);
    }

    /** "ascending", "descending" or "none", for the column's aria-sort. */
    public String direction(String column) {
        return sort.name().equals(column) ? "ascending" : sort.name().equals(column + "_DESC") ? "descending" : "none";
    }

    public String export(String format) {
        return filtered(UriComponentsBuilder.fromPath("/workspace/members/export").queryParam("format", format), "q")
                .build().encode().toUriString();
    }

    private UriComponentsBuilder list(String path) {
        var link = filtered(UriComponentsBuilder.fromPath(path), "text");
        if (sort != MemberSort.NAME) {
            link.queryParam("sort", sort);
        }
        if (size != SIZES[0]) {
            link.queryParam("size", size);
        }
        return link;
    }

    private UriComponentsBuilder filtered(UriComponentsBuilder link, String textName) {
        add(link, textName, query.text());
        add(link, "unitId", query.unitId());
        add(link, "fieldCode", query.fieldCode());
        add(link, "title", query.title());
        add(link, "degree", query.degree());
        add(link, "status", query.status());
        add(link, "expert", query.expert());
        return link;
    }

    private static void add(UriComponentsBuilder link, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            link.queryParam(name, value);
        }
    }
}
