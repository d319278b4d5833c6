# oracle: seed 176, closed, runs cleanly
import torch
import torch.nn as nn

class Model_0(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.GRU(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

device_0 = torch.device("cpu")
model_0 = Model_0(7, 4, 2, bidirectional=True).to(device_0)
model_0.eval()
with torch.no_grad():
    logits_0 = model_0(torch.zeros((2, 2, 7)).to(device_0))

y_1 = torch.randn(1, 3, 2)
layers_1 = [nn.GRU(2, 4), nn.GRU(4, 2), nn.GRU(2, 3)]
for i in range(len(layers_1)):
    y_1 = layers_1[i](y_1)[0]

rnn_2 = nn.GRU(7, 7, batch_first=True, bidirectional=True)
x_2 = torch.rand((3, 3, 7))
hidden_2 = torch.randn(2, 3, 7)
out_2, h_2 = rnn_2(x_2, hidden_2)
both_2 = torch.cat((h_2[-2], h_2[-1]), dim=1)
fc_2 = nn.Linear(14, 2)
logits_2 = fc_2(both_2)
