# oracle: seed 18, open, runs cleanly
import random
import torch

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.GRU(input_size=6, hidden_size=8, num_layers=2, batch_first=True, bidirectional=True)
last_0_0 = encode_0(enc_0, torch.ones(2, 1, 6), h0=torch.zeros((4, 2, 8)), batch_first=True)

y_1 = torch.randn(1, 3, 3)
stack_1 = torch.nn.ModuleDict({"enc": torch.nn.RNN(3, 5)})
y_1, _ = stack_1["enc"](y_1)
y_1, _ = torch.nn.RNN(5, 3)(y_1)

rnn_2 = torch.nn.LSTM(8, 4, 2, bidirectional=False)
x_2 = torch.randn(3, 8)
hx_2 = (torch.zeros(2, 4), torch.zeros(2, 4))
out_2, _ = rnn_2(x_2, hx_2)
y_2 = out_2[-1].view(4)

cell_3 = torch.nn.RNNCell(input_size=6, hidden_size=4, nonlinearity='relu')
h_3 = torch.zeros(2, 4)
t_3 = 0
while t_3 < 1:
    h_3 = cell_3(torch.randn(2, 6), h_3)
    t_3 += 1

lstm_4 = torch.nn.LSTM(8, 8)
if random.random() < 0.5:
    out_4, (h_4, c_4) = lstm_4(torch.randn(2, 3, 8))
else:
    out_4, (h_4, c_4) = lstm_4(torch.randn(4, 3, 8))
last_4 = torch.nn.Linear(8, 2)(out_4[-1])
