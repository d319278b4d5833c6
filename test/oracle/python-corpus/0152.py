# oracle: seed 152, open, runs cleanly
import random
import torch

lstm_0 = torch.nn.LSTM(3, 5)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 3))
last_0 = torch.nn.Linear(5, 2)(out_0[-1])

config_1 = {"input_size": 4, "hidden_size": 6, "num_layers": 1}
rnn_1 = torch.nn.GRU(**config_1)
out_1, h_1 = rnn_1(torch.randn(3, 2, config_1["input_size"]))

rnn_2 = torch.nn.RNN(8, 6, nonlinearity='tanh')
x_2 = torch.randn(1, 4, 8).float()
batch_2 = x_2.size(1)
h0_2 = torch.zeros(1, batch_2, 6)
out_2, hn_2 = rnn_2(x_2, h0_2)
assert out_2.dim() == 3

y_3 = torch.randn(4, 1, 2)
layers_3 = {
    "l0": torch.nn.RNN(2, 5),
}
for name in ["l0"]:
    y_3, h_3 = layers_3[name](y_3)
