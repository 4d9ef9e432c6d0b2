package com.atlassian.jira.issue.attachment;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.io.File;

/**
 * Stand-in for Jira's {@code CreateAttachmentParamsBean} (since 6.0). Partial: the getters and the builder
 * methods Plainframe and the sandbox use, as in the Jira 6.3.15 source (J6 in the module README; UNVERIFIED against
 * 9.12, 10.3 and 11 jars). As there, {@link Builder#build()} refuses a missing file, file name, author or issue
 * (Guava's {@code checkNotNull}: a {@link NullPointerException}), and the source file is moved, not copied, unless
 * {@code copySourceFile(true)}.
 */
public class CreateAttachmentParamsBean {

    private final File file;
    private final String filename;
    private final String contentType;
    private final ApplicationUser author;
    private final Issue issue;
    private final Boolean copySourceFile;

    CreateAttachmentParamsBean(File file, String filename, String contentType, ApplicationUser author, Issue issue,
                               Boolean copySourceFile) {
        this.file = file;
        this.filename = filename;
        this.contentType = contentType;
        this.author = author;
        this.issue = issue;
        this.copySourceFile = copySourceFile;
    }

    public File getFile() {
        return file;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public ApplicationUser getAuthor() {
        return author;
    }

    public Issue getIssue() {
        return issue;
    }

    public Boolean getCopySourceFile() {
        return copySourceFile;
    }

    /** Stand-in for {@code CreateAttachmentParamsBean.Builder}. Partial. */
    public static class Builder {

        private File file;
        private String filename;
        private String contentType;
        private ApplicationUser author;
        private Issue issue;
        private Boolean copySourceFile = false;

        public Builder() {
            super();
        }

        public Builder(File file, String filename, String contentType, ApplicationUser author, Issue issue) {
            this.file = file;
            this.filename = filename;
            this.contentType = contentType;
            this.author = author;
            this.issue = issue;
        }

        public Builder copySourceFile(Boolean copySourceFile) {
            this.copySourceFile = copySourceFile;
            return this;
        }

        public CreateAttachmentParamsBean build() {
            if (file == null || filename == null || author == null || issue == null) {
                throw new NullPointerException();
            }
            return new CreateAttachmentParamsBean(file, filename, contentType, author, issue, copySourceFile);
        }
    }
}
