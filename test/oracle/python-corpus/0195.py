# oracle: seed 195, closed, raises ValueError at line 19
import torch.nn

cell_0 = torch.nn.GRUCell(input_size=6, hidden_size=3)
h_0 = torch.zeros(3)
t_0 = 0
while t_0 < 1:
    h_0 = cell_0(torch.randn(6), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).flatten()

lstm_1 = torch.nn.LSTM(3, 2, 1)
out_1, (h_1, c_1) = lstm_1(torch.randn(3, 2, 3))
r_1_0 = torch.cat((out_1, out_1[:, :, :1]), dim=-1)
r_1_1 = out_1.size()
r_1_2 = torch.stack([h_1[-1], c_1[-1]], dim=0)
r_1_3 = h_1[-2:]

layer_2 = torch.nn.RNN(6, 5, nonlinearity='ReLU')
y_2, _ = layer_2(torch.randn(3, 2, 6))

kind_3 = "LSTM"
rnn_3 = getattr(torch.nn, kind_3)(2, 3)
out_3 = rnn_3(torch.randn(4, 2, 2))[0]

rnn_4 = torch.nn.GRU(input_size=3, hidden_size=9, num_layers=2, bidirectional=True)
x_4 = torch.randn(2, 4)
hx_4 = torch.zeros(4, 9)
out_4, _ = rnn_4(x_4, hx_4)
