package org.spoofguard.it.support;

import javax.inject.Inject;

import org.apache.james.utils.GuiceProbe;
import org.spoofguard.james.SpoofGuardSettings;

import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;

/** Lets a test reach the SpoofGuard services of a running server (the same instances our mailets get). */
public class SpoofGuardProbe implements GuiceProbe {
    public static final Module MODULE = binder -> Multibinder.newSetBinder(binder, GuiceProbe.class)
        .addBinding().to(SpoofGuardProbe.class);

    private final SpoofGuardSettings settings;

    @Inject
    public SpoofGuardProbe(SpoofGuardSettings settings) {
        this.settings = settings;
    }

    public SpoofGuardSettings settings() {
        return settings;
    }
}
