// The PyTorch tutorial's LSTM with the classic mistake: h0/c0 built without the layer dimension.
import { nn, torch } from "rnnlens";

const rnn = new nn.LSTM(10, 20, 2);
const input = torch.randn(5, 3, 10);
const h0 = torch.randn(1, 3, 20); // should be (2, 3, 20): one state per layer
const c0 = torch.randn(2, 3, 20);
const [output, [hn, cn]] = rnn.forward(input, [h0, c0]); // rnnlens-expect: hidden-size-mismatch
