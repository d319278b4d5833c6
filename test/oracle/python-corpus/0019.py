# oracle: seed 19, open, runs cleanly
import random
import torch
import torch.nn as nn

lstm_0 = nn.LSTM(7, 8)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 7))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 7))
last_0 = nn.Linear(8, 2)(out_0[-1])

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = nn.RNN(5, 2, 2, bias=False, batch_first=True, dropout=0.2)
last_1_0 = encode_1(enc_1, torch.zeros(1, 1, 5), batch_first=True)

cell_2 = nn.GRUCell(input_size=7, hidden_size=4)
h_2 = torch.zeros(4)
t_2 = 0
while t_2 < 0:
    h_2 = cell_2(torch.randn(7), h_2)
    t_2 += 1
z_2 = h_2.unsqueeze(0).squeeze(0)
