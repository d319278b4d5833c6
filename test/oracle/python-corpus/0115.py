# oracle: seed 115, closed, runs cleanly
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
out_1, _ = rnn_1(x_1)
y_1 = out_1[-1].view(10)

embed_2 = nn.Embedding(19, 6)
drop_2 = nn.Dropout()
rnn_2 = nn.LSTM(6, 6, batch_first=True)
tokens_2 = torch.randint(0, 19, (4, 3))
emb_2 = drop_2(embed_2(tokens_2))
out_2, (h_2, c_2) = rnn_2(emb_2)
scores_2 = nn.Linear(6, 19)(out_2)
