# oracle: seed 188, closed, runs cleanly
import torch
from torch.nn import Dropout, Embedding, GRU, LSTM, Linear, Module, RNN

lstm_0 = LSTM(3, 6, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 3, 3))
r_0_0 = out_0.chunk(2, dim=0)[0]
r_0_1 = torch.stack([h_0[-1], out_0[0]], dim=0)
r_0_2 = out_0.chunk(2, dim=0)[0]
r_0_3 = out_0.flatten(0, 1)

embed_1 = Embedding(16, 7)
drop_1 = Dropout()
rnn_1 = GRU(7, 2, batch_first=True)
tokens_1 = torch.tensor([[1, 2, 3], [4, 5, 15]])
emb_1 = drop_1(embed_1(tokens_1))
out_1, h_1 = rnn_1(emb_1)
scores_1 = Linear(2, 16)(out_1)

gru_2 = GRU(4, 6)
x_2 = torch.randn(4, 3, 4)
if x_2.size(-1) == 4:
    out_2, _ = gru_2(x_2)
else:
    out_2, _ = gru_2(torch.randn(2, 2, 5))

class Model_3(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_3, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

def build_3():
    return Model_3(2, 7, 2)

logits_3 = build_3()(torch.randn((3, 1, 2)))
