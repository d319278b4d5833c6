# oracle: seed 115, closed, raises RuntimeError at line 34
import torch
from torch import nn

y_0 = torch.randn(3, 2, 3)
layers_0 = {
    "l0": nn.GRU(3, 5),
    "l1": nn.GRU(5, 6),
}
for name in ["l0", "l1"]:
    y_0, h_0 = layers_0[name](y_0)

rnn_1 = nn.GRU(8, 5, num_layers=3, bidirectional=True)
x_1 = torch.randn(5, 8)
hx_1 = torch.zeros(6, 5)
out_1, _ = rnn_1(x_1, hx_1)

gru_2 = nn.GRU(3, 7)
x_2 = torch.randn(3, 3)
if x_2.size(-1) == 3:
    out_2, _ = gru_2(x_2)
else:
    out_2, _ = gru_2(torch.randn(2, 2, 4))

rnn_3 = nn.GRU(9, 9, batch_first=False)
x_3 = torch.randn(2, 9)
out_3, _ = rnn_3(x_3)
y_3 = out_3[-1].view(9)

def encode_4(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_4 = nn.RNN(input_size=3, hidden_size=9, bidirectional=False)
last_4_0 = encode_4(enc_4, torch.zeros(1, 2, 3))
last_4_1 = encode_4(enc_4, torch.zeros(2, 3, 3), h0=torch.zeros([3, 3, 9]))
