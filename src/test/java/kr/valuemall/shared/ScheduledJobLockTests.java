package kr.valuemall.shared;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ReflectionUtils;

import kr.valuemall.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances share one database: every scheduled job of the mall runs under a
 * cluster lock, so that it runs once per schedule, not once per instance.
 */
@IntegrationTest
class ScheduledJobLockTests {

	@Autowired
	ApplicationContext context;

	@Test
	void everyScheduledJobTakesAClusterLockOfItsOwn() {
		List<String> jobs = new ArrayList<>();
		List<String> unlocked = new ArrayList<>();
		List<String> lockNames = new ArrayList<>();
		for (String name : this.context.getBeanDefinitionNames()) {
			Class<?> type = this.context.getType(name);
			if (type == null) {
				continue;
			}
			Class<?> target = AopUtils.isAopProxy(this.context.getBean(name))
					? AopUtils.getTargetClass(this.context.getBean(name)) : type;
			if (!target.getName().startsWith("kr.valuemall.")) {
				continue;
			}
			ReflectionUtils.doWithMethods(target, (Method method) -> {
				if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
					String job = target.getSimpleName() + "." + method.getName();
					jobs.add(job);
					SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
					if (lock == null) {
						unlocked.add(job);
					}
					else {
						lockNames.add(lock.name());
					}
				}
			});
		}
		assertThat(jobs).as("the scan finds the jobs")
			.contains("EventRetry.resubmitIncomplete", "ProductViewCounter.flush",
					"SettlementSchedule.settleLastClosedPeriod");
		assertThat(unlocked).as("jobs without a cluster lock").isEmpty();
		assertThat(lockNames).as("one lock name per job").doesNotHaveDuplicates();
	}

}
