package org.counterpart.store.internal;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting for the store's own helper threads, and handing their results over. */
final class Threads {

	private Threads() {
	}

	/**
	 * Waits until {@code thread} has ended, even if this thread is interrupted meanwhile (the helper may still be
	 * using a connection or objects the caller is about to use); the interruption is kept for the caller.
	 */
	static void joinUninterruptibly(Thread thread) {
		boolean interrupted = false;
		while (thread.isAlive()) {
			try {
				thread.join();
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Puts {@code item} into {@code queue}, waiting for room unless {@code cancelled} says the reader has gone; false
	 * when it has (or this thread was interrupted, which is kept).
	 */
	static boolean handOver(BlockingQueue<Object> queue, Object item, BooleanSupplier cancelled) {
		try {
			while (!cancelled.getAsBoolean()) {
				if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return false;
	}
}
