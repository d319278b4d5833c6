# oracle: seed 153, closed, raises ValueError at line 13
import torch
import torch.nn as nn

cell_0 = nn.RNNCell(input_size=5, hidden_size=5)
h_0 = torch.zeros(2, 5)
t_0 = 0
while t_0 < 4:
    h_0 = cell_0(torch.randn(2, 5), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).flatten()

layer_1 = nn.RNN(7, 0, 2, bias=True)

rnn_2 = nn.GRU(8, 2, 2, batch_first=True, dropout=0.2)
x_2 = torch.randn((4, 2, 8))
batch_2 = x_2.shape[0]
h0_2 = torch.zeros(2, batch_2, 2)
out_2, hn_2 = rnn_2(x_2, h0_2)

y_3 = torch.randn(2, 2, 3)
stack_3 = nn.ModuleDict({"enc": nn.GRU(3, 7)})
y_3, _ = stack_3["enc"](y_3)

def encode_4(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_4 = nn.RNN(input_size=9, hidden_size=3, nonlinearity='relu')
last_4_0 = encode_4(enc_4, torch.zeros([1, 3, 9]))
