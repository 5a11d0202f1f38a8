/**
 * What every module runs on and nobody owns: the mall's one clock, the scheduler with its
 * cluster-wide locks, and the retry of events whose listener failed. Open to every
 * module; it knows none of them.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package kr.valuemall.shared;

import org.springframework.modulith.ApplicationModule;
