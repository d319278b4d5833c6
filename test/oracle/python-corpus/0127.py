# oracle: seed 127, closed, runs cleanly
import torch
from torch import nn

y_0 = torch.randn(3, 3, 5)
layers_0 = {
    "l0": nn.GRU(5, 6),
    "l1": nn.GRU(6, 4),
}
for name in ["l0", "l1"]:
    y_0, h_0 = layers_0[name](y_0)

cell_1 = nn.RNNCell(input_size=5, hidden_size=5, nonlinearity='relu')
h_1 = torch.zeros(2, 5)
t_1 = 0
while t_1 < 2:
    h_1 = cell_1(torch.randn(2, 5), h_1)
    t_1 += 1

embed_2 = nn.Embedding(18, 5)
drop_2 = nn.Dropout(p=0.5)
rnn_2 = nn.LSTM(5, 3, batch_first=True)
tokens_2 = torch.tensor([[1, 2, 3], [4, 5, 17]])
emb_2 = drop_2(embed_2(tokens_2))
out_2, (h_2, c_2) = rnn_2(emb_2)
scores_2 = nn.Linear(3, 18)(out_2)

cell_3 = nn.LSTMCell(5, 4)
xs_3 = torch.randn(5, 3, 5)
h_3 = torch.zeros(3, 4)
c_3 = torch.zeros(3, 4)
outputs_3 = []
for t in range(xs_3.shape[0]):
    if t == 5:
        break
    h_3, c_3 = cell_3(xs_3[t], (h_3, c_3))
    outputs_3.append(h_3)
seq_3 = torch.stack(outputs_3)

rnn_4 = nn.RNN(4, 6, 1, batch_first=True, bidirectional=False, nonlinearity='relu')
x_4 = torch.randn(5, 4, 4)
batch_4 = x_4.shape[0]
h0_4 = torch.zeros(1, batch_4, 6)
out_4, hn_4 = rnn_4(x_4, h0_4)
