/**
 * What every module runs on and nobody owns: the mall's one clock, the scheduler with its
 * cluster-wide locks, events stored as JSON and completed in their listener's
 * transaction, the retry of those whose listener failed ({@code shared.events}), values
 * kept a few seconds ({@link kr.valuemall.shared.ShortLived}), what runs once a
 * transaction commits ({@link kr.valuemall.shared.AfterCommit}), spreadsheet files, and
 * the plain Korean values several modules share (regions, phone numbers). Open to every
 * module; it knows none of them.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package kr.valuemall.shared;

import org.springframework.modulith.ApplicationModule;
