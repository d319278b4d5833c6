// A word-level language model: embedding -> two-layer LSTM -> a linear layer over the vocabulary.
// The mistake RNN Lens exists for: the LSTM is built with input_size = HIDDEN (256), but the
// embedding feeds it EMBED (128) features per token, so PyTorch fails on the first forward call.
import { nn, torch } from "rnnlens";
import { EMBED, HIDDEN, NUM_LAYERS, VOCAB } from "./config";

const embedding = new nn.Embedding(VOCAB, EMBED);
const lstm = new nn.LSTM(HIDDEN, HIDDEN, NUM_LAYERS); // should be new nn.LSTM(EMBED, HIDDEN, NUM_LAYERS)
const decoder = new nn.Linear(HIDDEN, VOCAB);

const tokens = torch.zeros(35, 20); // (seq, batch) token ids
const embedded = embedding.forward(tokens); // (35, 20, EMBED)
const [output] = lstm.forward(embedded); // rnnlens-expect: input-size-mismatch
const logits = decoder.forward(output);
console.log(logits.shape);
