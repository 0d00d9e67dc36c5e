package vn.vusta.platform.modularityfixture.members;

import vn.vusta.platform.modularityfixture.events.web.EventsPage;

/** The other deliberately wrong import: a capability reaching into another's web side. */
class Roster {

    EventsPage page;
}
