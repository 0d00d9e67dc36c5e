package vn.vusta.platform.modularityfixture.web;

import vn.vusta.platform.modularityfixture.events.Events;

/** The deliberately wrong import: a kit reaching into a capability. */
class Layout {

    Events events;
}
