-- Task-arrival e-mails: for each person, when their last digest was written and up to which task creation
-- time it told them, so the next digest lists only tasks that arrived since, and at most one per interval.
CREATE TABLE task_digest (
    user_id      VARCHAR(255) NOT NULL PRIMARY KEY,
    last_sent_at TIMESTAMP WITH TIME ZONE NOT NULL,
    told_up_to   TIMESTAMP WITH TIME ZONE NOT NULL
);
