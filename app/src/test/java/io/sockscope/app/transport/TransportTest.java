package io.sockscope.app.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransportTest {
    /** {@code size} events 1 ms apart, step captions at {@code steps}. */
    private static Timing timing(long size, long... steps) {
        return asking(size, new long[0], steps);
    }

    /** Like {@link #timing}, with questions at {@code questions}. */
    private static Timing asking(long size, long[] questions, long... steps) {
        return new Timing() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public int steps() {
                return steps.length;
            }

            @Override
            public long stepSeq(int i) {
                return steps[i];
            }

            @Override
            public int questions() {
                return questions.length;
            }

            @Override
            public long questionSeq(int i) {
                return questions[i];
            }

            @Override
            public long t(long seq) {
                return seq * 1_000_000L;
            }
        };
    }

    @Test
    void stepForwardShowsAWholeStepUpToTheNextCaption() {
        Transport t = new Transport(timing(20, 0, 5, 12));
        List<Long> stops = new ArrayList<>();
        t.home();
        stops.add(t.position());
        for (int i = 0; i < 5; i++) {
            t.nextStep();
            stops.add(t.position());
        }
        assertThat(stops).containsExactly(0L, 4L, 11L, 19L, 19L, 19L);
    }

    @Test
    void stepBackUndoesStepForwardExactly() {
        Transport t = new Transport(timing(20, 0, 5, 12));
        t.home();
        List<Long> forward = new ArrayList<>();
        while (true) {
            forward.add(t.position());
            long before = t.position();
            t.nextStep();
            if (t.position() == before) {
                break;
            }
        }
        List<Long> back = new ArrayList<>();
        for (int i = 0; i < forward.size(); i++) {
            back.add(0, t.position());
            t.previousStep();
        }
        assertThat(back).isEqualTo(forward);
    }

    @Test
    void aQuestionStopsTheStepBeforeItsOutcomeAndTheNextStepReveals() {
        Transport t = new Transport(asking(20, new long[] {8, 15}, 0, 5, 12));
        t.home();
        List<Long> stops = new ArrayList<>(List.of(t.position()));
        for (int i = 0; i < 6; i++) {
            t.nextStep();
            stops.add(t.position());
        }
        assertThat(stops).containsExactly(0L, 4L, 8L, 11L, 15L, 19L, 19L);
        List<Long> back = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            t.previousStep();
            back.add(t.position());
        }
        assertThat(back).containsExactly(15L, 11L, 8L, 4L, 0L, 0L);
    }

    @Test
    void aDrivenLiveSessionTakesPlayPauseThePaceAndNextStepAtItsEnd() {
        List<String> told = new ArrayList<>();
        Transport.Producer p = new Transport.Producer() {
            @Override
            public void setPaused(boolean paused) {
                told.add(paused ? "pause" : "play");
            }

            @Override
            public void setSecondsPerStep(double seconds) {
                told.add(seconds + " s");
            }

            @Override
            public void next() {
                told.add("next");
            }
        };
        Transport t = new Transport(timing(20, 0, 5, 12));
        t.drive(p);
        assertThat(t.playingProperty().get()).isTrue();
        t.pause();
        t.paceProperty().set(Pace.perStep(5));
        t.paceProperty().set(Pace.realTime(2));
        t.nextStep(); // nothing picked: the live end
        t.seek(3);
        t.nextStep(); // an earlier event picked: moves through what was recorded
        assertThat(t.position()).isEqualTo(4);
        t.tick(1_000_000_000L);
        t.play();
        t.tick(9_000_000_000L);
        assertThat(t.position()).as("a driven session is not replayed").isEqualTo(4);
        assertThat(told).containsExactly("2.0 s", "play", "pause", "5.0 s", "0.0 s", "next", "play");
        t.drive(null);
        assertThat(t.playingProperty().get()).isFalse();
    }

    @Test
    void aSessionWithoutCaptionsStepsEventByEvent() {
        Transport t = new Transport(timing(3));
        t.nextStep();
        assertThat(t.position()).isEqualTo(0);
        t.nextStep();
        t.nextStep();
        assertThat(t.position()).isEqualTo(2);
        t.previousStep();
        assertThat(t.position()).isEqualTo(1);
    }

    @Test
    void eventKeysHomeAndEndClampToTheSession() {
        Transport t = new Transport(timing(10, 3));
        t.previousEvent();
        assertThat(t.position()).as("from nothing picked, up goes to the last event").isEqualTo(9);
        t.nextEvent();
        assertThat(t.position()).isEqualTo(9);
        t.home();
        t.previousEvent();
        assertThat(t.position()).isEqualTo(0);
        t.end();
        assertThat(t.position()).isEqualTo(9);
    }

    @Test
    void playingInRealTimeFollowsTheRecordedClockTimesTheSpeed() {
        Transport t = new Transport(timing(100));
        t.paceProperty().set(Pace.realTime(2)); // events are 1 ms apart: one every 0.5 ms
        t.home();
        t.play();
        t.tick(0);
        t.tick(5_000_000L);
        assertThat(t.position()).isEqualTo(10);
        t.tick(5_200_000L);
        assertThat(t.position()).isEqualTo(10);
        t.tick(1_000_000_000L);
        assertThat(t.position()).isEqualTo(99);
        assertThat(t.playingProperty().get()).as("stops at the end").isFalse();
    }

    @Test
    void playingStepBySecondsMovesOneStepEachPeriod() {
        Transport t = new Transport(timing(20, 0, 5, 12));
        t.paceProperty().set(Pace.perStep(1));
        t.home();
        t.play();
        t.tick(0);
        t.tick(900_000_000L);
        assertThat(t.position()).isEqualTo(0);
        t.tick(1_000_000_000L);
        assertThat(t.position()).isEqualTo(4);
        t.pause();
        t.tick(5_000_000_000L);
        assertThat(t.position()).isEqualTo(4);
    }
}
