// An encoder-decoder: a 2-layer bidirectional GRU encoder hands its final state to a 2-layer
// unidirectional decoder. The encoder's h_n has num_layers * 2 = 4 layers, the decoder expects 2.
import { nn, torch } from "rnnlens";
import { EMBED, HIDDEN, NUM_LAYERS, VOCAB } from "./config";

const embed = new nn.Embedding(VOCAB, EMBED);
const encoder = new nn.GRU(EMBED, HIDDEN, NUM_LAYERS, { bidirectional: true });
const decoder = new nn.GRU(EMBED, HIDDEN, NUM_LAYERS);

const source = embed.forward(torch.zeros(12, 4));
const [, encoderState] = encoder.forward(source);
const target = embed.forward(torch.zeros(9, 4));
const [decoded] = decoder.forward(target, encoderState); // rnnlens-expect: hidden-size-mismatch
