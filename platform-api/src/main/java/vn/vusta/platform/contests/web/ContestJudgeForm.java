package vn.vusta.platform.contests.web;

import jakarta.validation.constraints.Size;
import vn.vusta.platform.contests.PersonDraft;

import java.util.UUID;

/** The page's form for a judge: a member, or a name. */
record ContestJudgeForm(UUID memberId, @Size(max = 200) String name) {

    PersonDraft draft() {
        return new PersonDraft(memberId, name);
    }
}
