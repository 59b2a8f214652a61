package fr.unicamp.enrolment.web;

/** The body of a merge: the id of the record the path's learner absorbs. */
public record MergeRequest(Long absorbed) {}
