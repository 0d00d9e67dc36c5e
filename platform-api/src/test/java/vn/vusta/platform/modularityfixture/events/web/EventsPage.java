package vn.vusta.platform.modularityfixture.events.web;

/** A capability's web side: internal to its module even when public. */
public class EventsPage {
}
