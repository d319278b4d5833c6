// Correct as written: RNN Lens reports nothing here.
import { nn, torch } from "rnnlens";

const lstm = new nn.LSTM(8, 16, { numLayers: 2, bidirectional: true });
const x = torch.randn(7, 2, 8);
const [out, [h, c]] = lstm.forward(x);
console.log(out.shape, h.shape, c.shape);
