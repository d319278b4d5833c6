# oracle: seed 218, open, runs cleanly
import random
import torch
import torch.nn as nn

lstm_0 = nn.LSTM(5, 8)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 5))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 5))
last_0 = nn.Linear(8, 2)(out_0[-1])

cell_1 = nn.RNNCell(input_size=2, hidden_size=7)
h_1 = torch.zeros(7)
t_1 = 0
while t_1 < 1:
    h_1 = cell_1(torch.randn(2), h_1)
    t_1 += 1
z_1 = h_1.unsqueeze(0).squeeze(0)

class Args_2:
    pass

args_2 = Args_2()
setattr(args_2, "hidden", 5)
rnn_2 = nn.GRU(2, args_2.hidden)
out_2, h_2 = rnn_2(torch.randn(2, 2, 2), torch.zeros(1, 2, args_2.hidden))

def encode_3(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_3 = nn.GRU(3, 9, 1, True, True, bidirectional=False)
last_3_0 = encode_3(enc_3, torch.zeros(2, 1, 3), h0=torch.zeros(1, 2, 9), batch_first=True)
last_3_1 = encode_3(enc_3, torch.ones(3, 3, 3), batch_first=True)
