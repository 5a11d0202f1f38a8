package kr.valuemall;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ValueMallApplication.class);

	/** "A few dozen": past it a module's root is a room nobody finds things in. */
	private static final int MOST_FILES_IN_A_ROOT = 36;

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void everyModuleOfTheDesignExists() {
		org.assertj.core.api.Assertions.assertThat(modules.stream().map((module) -> module.getIdentifier().toString()))
			.contains("account", "seller", "origin", "catalog", "promotion", "order", "settlement", "report", "feed",
					"notification", "web");
	}

	/**
	 * Each module says which others it may use, so a new dependency is a decision in its
	 * package-info and not an accident; only the open modules everyone uses (web, shared)
	 * declare none.
	 */
	@Test
	void everyModuleDeclaresTheModulesItMayUse() throws ClassNotFoundException {
		List<String> undeclared = new ArrayList<>();
		for (ApplicationModule module : modules) {
			org.springframework.modulith.ApplicationModule declared = Class
				.forName(module.getBasePackage().getName() + ".package-info")
				.getAnnotation(org.springframework.modulith.ApplicationModule.class);
			boolean open = declared != null
					&& declared.type() == org.springframework.modulith.ApplicationModule.Type.OPEN;
			boolean listed = declared != null && !Arrays.equals(declared.allowedDependencies(),
					new String[] { org.springframework.modulith.ApplicationModule.OPEN_TOKEN });
			if (!open && !listed) {
				undeclared.add(module.getIdentifier().toString());
			}
		}
		assertThat(undeclared).as("modules without allowedDependencies").isEmpty();
		assertThat(modules.stream().map((module) -> module.getIdentifier().toString())).contains("shared");
	}

	/**
	 * A module's root holds its API and, while it is small, its rooms' few files; once it
	 * grows past a few dozen files it shows its parts in sub-packages (as catalog's
	 * listing, search, reviews or account's signin, membership, consent, staff).
	 */
	@Test
	void noModuleRootHoldsMoreThanAFewDozenFiles() {
		Map<String, Long> crowded = new TreeMap<>();
		for (ApplicationModule module : modules) {
			String root = module.getBasePackage().getName();
			long files = module.getBasePackage()
				.stream()
				.filter((type) -> type.getPackageName().equals(root) && type.getEnclosingClass().isEmpty())
				.map(JavaClass::getSourceCodeLocation)
				.map(Object::toString)
				.map((location) -> location.substring(0, location.indexOf(':')))
				.distinct()
				.count();
			if (files > MOST_FILES_IN_A_ROOT) {
				crowded.put(module.getIdentifier().toString(), files);
			}
		}
		assertThat(crowded).as("modules whose root package holds more than %d files", MOST_FILES_IN_A_ROOT).isEmpty();
	}

	@Test
	void writeDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
