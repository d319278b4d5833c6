// A sequence tagger whose data loader yields (batch, seq, features), fed to a GRU built without
// batchFirst: the GRU reads dim 1 as the batch, so the hand-made h0 no longer fits.
import { nn, torch } from "rnnlens";

const BATCH = 16;
const SEQ = 35;
const FEATURES = 64;
const HIDDEN = 100;

const gru = new nn.GRU(FEATURES, HIDDEN, 1);
const tagger = new nn.Linear(HIDDEN, 9);

const batch = torch.randn(BATCH, SEQ, FEATURES);
const h0 = torch.zeros(1, BATCH, HIDDEN);
const [states, hN] = gru.forward(batch, h0); // rnnlens-expect: hidden-size-mismatch batch-first-suspect
const tags = tagger.forward(states);
