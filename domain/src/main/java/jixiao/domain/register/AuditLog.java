package jixiao.domain.register;

import java.util.List;

/** The audit history of the register: every change to every project, kept after a project is deleted. */
public interface AuditLog {

    /** Every recorded change of one project, oldest first, including its deletion. */
    List<Change> history(long projectId);
}
