package dev.encore.engine.plugin;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites a plugin class as it is loaded so that it cannot end the JVM: every call to {@code System.exit(int)},
 * {@code Runtime.exit(int)} and {@code Runtime.halt(int)}, written out or as a method reference, calls
 * {@link ExitGuard} instead. Each replacement has the same stack effect as the call it replaces (the runtime becomes
 * the guard's first argument), so no stack map frame and no maximum stack size changes, and every other byte of the
 * method is copied as is.
 *
 * <p>Not caught: calls made by reflection or method handles looked up by name, by native code, or by a class the
 * plugin defines itself from bytes; a plugin that catches {@link Error} around the call can swallow it.
 */
final class ExitCalls {

    private static final String SYSTEM = "java/lang/System";
    private static final String RUNTIME = "java/lang/Runtime";
    private static final String EXIT = "exit";
    private static final String HALT = "halt";
    private static final String STATUS = "(I)V";
    private static final String GUARD = Type.getInternalName(ExitGuard.class);
    private static final String WITH_RUNTIME = "(L" + RUNTIME + ";I)V";
    private static final byte[][] NAMES = {EXIT.getBytes(StandardCharsets.US_ASCII),
        HALT.getBytes(StandardCharsets.US_ASCII)};

    private ExitCalls() {
    }

    /**
     * The class file with its exit calls guarded; the very same array when it names neither {@code exit} nor
     * {@code halt} (most classes: they are not parsed at all).
     *
     * @throws ClassFormatError when the class names them but cannot be read (a class file version newer than this
     *     library knows): it is refused rather than loaded unguarded
     */
    static byte[] guard(String className, byte[] classFile) {
        if (!mentionsExitOrHalt(classFile)) {
            return classFile;
        }
        ClassReader reader;
        try {
            reader = new ClassReader(classFile);
        } catch (IllegalArgumentException e) {
            throw new ClassFormatError(className + " cannot be checked for System.exit calls: " + e.getMessage());
        }
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new Guarding(super.visitMethod(access, name, descriptor, signature, exceptions));
            }
        }, 0);
        return writer.toByteArray();
    }

    /** A method's instructions with the exit calls, and the method handles to them, replaced. */
    private static final class Guarding extends MethodVisitor {

        Guarding(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            Handle guard = replacement(kind(opcode), owner, name, descriptor);
            if (guard == null) {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            } else {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, guard.getName(), guard.getDesc(), false);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            Object[] guarded = arguments.clone();
            for (int i = 0; i < guarded.length; i++) {
                guarded[i] = guarded(guarded[i]);
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, guarded);
        }

        @Override
        public void visitLdcInsn(Object value) {
            super.visitLdcInsn(guarded(value));
        }

        private static Object guarded(Object constant) {
            if (constant instanceof Handle handle) {
                Handle guard = replacement(handle.getTag(), handle.getOwner(), handle.getName(), handle.getDesc());
                return guard == null ? handle : guard;
            }
            return constant;
        }

        private static int kind(int opcode) {
            return opcode == Opcodes.INVOKESTATIC ? Opcodes.H_INVOKESTATIC
                    : opcode == Opcodes.INVOKEVIRTUAL ? Opcodes.H_INVOKEVIRTUAL
                    : -1;
        }

        /** The guard's method in place of this call, or null when the call is not an exit. */
        private static Handle replacement(int kind, String owner, String name, String descriptor) {
            if (!descriptor.equals(STATUS)) {
                return null;
            }
            if (kind == Opcodes.H_INVOKESTATIC && owner.equals(SYSTEM) && name.equals(EXIT)) {
                return new Handle(Opcodes.H_INVOKESTATIC, GUARD, "systemExit", STATUS, false);
            }
            if (kind == Opcodes.H_INVOKEVIRTUAL && owner.equals(RUNTIME) && (name.equals(EXIT) || name.equals(HALT))) {
                return new Handle(Opcodes.H_INVOKESTATIC, GUARD, name.equals(EXIT) ? "runtimeExit" : "runtimeHalt",
                        WITH_RUNTIME, false);
            }
            return null;
        }
    }

    /** Whether the bytes hold {@code exit} or {@code halt}, as any class that calls them holds the method's name. */
    private static boolean mentionsExitOrHalt(byte[] classFile) {
        for (byte[] name : NAMES) {
            for (int i = 0; i + name.length <= classFile.length; i++) {
                if (Arrays.equals(classFile, i, i + name.length, name, 0, name.length)) {
                    return true;
                }
            }
        }
        return false;
    }
}
