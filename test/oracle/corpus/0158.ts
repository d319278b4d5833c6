// oracle: seed 158, closed, runs cleanly
import { torch, nn } from "rnnlens";

const byName_0 = new Map();
byName_0.set("enc", new nn.LSTM(6, 8));
byName_0.get("enc").forward(torch.randn(2, 2, 6));
