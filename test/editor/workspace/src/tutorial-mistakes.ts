// The PyTorch tutorial's two-layer LSTM, with the classic mistake: h0 is built without the
// layer dimension (one state per layer), so PyTorch rejects the forward call.
import { nn, torch } from "rnnlens";

const rnn = new nn.LSTM(10, 20, 2);
const input = torch.randn(5, 3, 10);
const h0 = torch.randn(1, 3, 20);
const c0 = torch.randn(2, 3, 20);
const [output, [hn, cn]] = rnn.forward(input, [h0, c0]);
console.log(output.shape, hn.shape, cn.shape);
