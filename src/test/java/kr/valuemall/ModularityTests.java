package kr.valuemall;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ValueMallApplication.class);

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

	@Test
	void writeDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
