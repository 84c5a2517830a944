package org.spoofguard.server.console;

import org.apache.james.utils.GuiceProbe;
import org.apache.james.utils.InitializationOperation;
import org.apache.james.utils.InitilizationOperationBuilder;
import org.apache.james.webadmin.service.ReprocessingService;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;

/** Starts the {@link ConsoleServer} with James (after the stores and the spool it uses) and stops it with James. */
public class ConsoleModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(ConsoleServer.class).in(Scopes.SINGLETON);
        // WebAdmin's reprocessing and the console's release of held mail under one lock (LockedReprocessingService)
        bind(HeldMailLock.class).in(Scopes.SINGLETON);
        bind(ReprocessingService.class).to(LockedReprocessingService.class);
        Multibinder.newSetBinder(binder(), GuiceProbe.class).addBinding().to(ConsoleProbe.class);
    }

    @ProvidesIntoSet
    InitializationOperation startConsole(ConsoleServer console) {
        return InitilizationOperationBuilder.forClass(ConsoleServer.class).init(console::start);
    }
}
