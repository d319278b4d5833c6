# oracle: seed 200, closed, raises RuntimeError at line 35
import torch
from torch import nn

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = nn.RNN(5, 8, 3, batch_first=True)
last_0_0 = encode_0(enc_0, torch.randn(3, 2, 5).float(), h0=torch.zeros(3, 3, 8), batch_first=True)
last_0_1 = encode_0(enc_0, torch.randn(2, 3, 5), batch_first=True)

gru_1 = nn.GRU(8, 8)
x_1 = torch.randn(4, 3, 8)
if x_1.size(-1) == 8:
    out_1, _ = gru_1(x_1)
else:
    out_1, _ = gru_1(torch.randn(2, 2, 9))

y_2 = torch.randn(1, 1, 7)
layers_2 = {
    "l0": nn.RNN(7, 6),
    "l1": nn.RNN(6, 6),
    "l2": nn.RNN(6, 5),
}
for name in ["l0", "l1", "l2"]:
    y_2, h_2 = layers_2[name](y_2)

rnn_3 = nn.RNN(7, 6, num_layers=3)
x_3 = torch.randn(4, 7)
hx_3 = torch.zeros(3, 1, 6)
out_3, _ = rnn_3(x_3, hx_3)
