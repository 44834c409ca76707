-- Whether the survey process has taken a workbook in. One that arrives while the survey is busy (between
-- two steps) waits here, and the survey picks it up before it waits for the supplier again.
ALTER TABLE cmrt_submission ADD COLUMN handed_to_survey BOOLEAN DEFAULT FALSE NOT NULL;
