package vn.vusta.platform.web;

import vn.vusta.platform.identity.Roles;
import vn.vusta.platform.security.PlatformUser;

import java.util.ArrayList;
import java.util.List;

/**
 * The menu of the layout: only what the user's roles allow, and the item of the section the page belongs to (marked
 * {@code aria-current="page"}), if any.
 */
record Navigation(List<Item> items, Item current) {

    /** An item of the menu; {@code sections} are the other paths whose pages belong to it (an event, to the activities). */
    record Item(String labelKey, String href, List<String> sections) {

        Item(String labelKey, String href) {
            this(labelKey, href, List.of());
        }

        /** How closely a path belongs to this item: the length of the prefix it matched, -1 when it does not. */
        int match(String path) {
            int best = under(path, href) ? href.length() : -1;
            for (String section : sections) {
                if (under(path, section)) {
                    best = Math.max(best, section.length());
                }
            }
            return best;
        }

        private static boolean under(String path, String prefix) {
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
    }

    static final Navigation NONE = new Navigation(List.of(), null);

    Navigation(List<Item> items) {
        this(items, null);
    }

    /** The same menu with the section of the page at that path marked: the item that matches it most closely. */
    Navigation at(String path) {
        Item best = null;
        int longest = -1;
        for (Item item : items) {
            int match = item.match(path);
            if (match > longest) {
                best = item;
                longest = match;
            }
        }
        return new Navigation(items, best);
    }

    static Navigation of(PlatformUser user) {
        var items = new ArrayList<Item>();
        if (user.hasAnyRole(Roles.TENANT_READERS)) {
            items.add(new Item("nav.workspace", "/workspace"));
            items.add(new Item("nav.members", "/workspace/members"));
            items.add(new Item("nav.governance", "/workspace/governance"));
            items.add(new Item("nav.activities", "/workspace/activities", List.of("/workspace/events",
                    "/workspace/consultancy", "/workspace/commendations", "/workspace/contests", "/workspace/research",
                    "/workspace/publications", "/workspace/service-counts")));
            items.add(new Item("nav.reports", "/workspace/reports"));
            items.add(new Item("nav.dashboard", "/workspace/dashboard"));
        }
        if (user.hasRole(Roles.TENANT_ADMIN)) {
            items.add(new Item("nav.users", "/workspace/users"));
            items.add(new Item("nav.audit", "/workspace/audit"));
            items.add(new Item("nav.personal-data", "/workspace/personal-data"));
        }
        if (user.hasAnyRole(Roles.NATIONAL_REVIEWER, Roles.PLATFORM_ADMIN)) {
            items.add(new Item("nav.review", "/national/reports"));
            // The dashboard reads every union's figures: the reviewers' national scope, not the IT administrators'.
            if (user.hasRole(Roles.NATIONAL_REVIEWER)) {
                items.add(new Item("nav.national-dashboard", "/national/dashboard"));
            }
            items.add(new Item("nav.calendar", "/national/calendar"));
            items.add(new Item("nav.tenants", "/national/tenants"));
            items.add(new Item("nav.experts", "/national/experts"));
        }
        if (user.hasAnyRole(Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN, Roles.TENANT_EDITOR)) {
            items.add(new Item("nav.api", "/swagger-ui.html"));
        }
        return new Navigation(List.copyOf(items), null);
    }
}
