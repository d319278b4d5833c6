# oracle: seed 53, closed, raises RuntimeError at line 8
import torch
import torch.nn as nn

rnn_0 = nn.LSTM(6, 2, num_layers=1)
x_0 = torch.zeros(6, 3, 8)
hidden_0 = (torch.zeros(1, 3, 2), torch.zeros((1, 3, 2)))
out_0, (h_0, _) = rnn_0(x_0, hidden_0)
n_0 = out_0.size(-1) * out_0.dim()

layer_1 = nn.GRU(8, 0, 2, bias=True)

cell_2 = nn.GRUCell(input_size=6, hidden_size=5)
h_2 = torch.zeros(5)
t_2 = 0
while t_2 < 2:
    h_2 = cell_2(torch.randn(12), h_2)
    t_2 += 1

y_3 = torch.randn(2, 1, 3)
layers_3 = nn.ModuleList([nn.RNN(3, 3)])
for layer in layers_3:
    y_3, _ = layer(y_3)

class Model_4(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.GRU(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_4 = Model_4(8, 5)
logits_4 = model_4(torch.ones(1, 3, 8))
probs_4 = logits_4.softmax(dim=-1)
