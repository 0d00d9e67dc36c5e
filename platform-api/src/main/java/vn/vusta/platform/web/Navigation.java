package vn.vusta.platform.web;

import vn.vusta.platform.identity.Roles;
import vn.vusta.platform.security.PlatformUser;

import java.util.ArrayList;
import java.util.List;

/** The menu of the layout: only what the user's roles allow. */
record Navigation(List<Item> items) {

    record Item(String labelKey, String href) {
    }

    static Navigation of(PlatformUser user) {
        var items = new ArrayList<Item>();
        if (user.hasAnyRole(Roles.TENANT_READERS)) {
            items.add(new Item("nav.workspace", "/workspace"));
            items.add(new Item("nav.members", "/workspace/members"));
            items.add(new Item("nav.governance", "/workspace/governance"));
            items.add(new Item("nav.activities", "/workspace/activities"));
            items.add(new Item("nav.reports", "/workspace/reports"));
            items.add(new Item("nav.dashboard", "/workspace/dashboard"));
        }
        if (user.hasRole(Roles.TENANT_ADMIN)) {
            items.add(new Item("nav.users", "/workspace/users"));
            items.add(new Item("nav.audit", "/workspace/audit"));
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
        return new Navigation(List.copyOf(items));
    }
}
